import { leavesOf, shownValue } from './json-paths';

/** A JSON value field by field: each leaf's path and its value. */
export function JsonLeaves({ value }: { value: unknown }) {
  return (
    <dl className="json-leaves">
      {leavesOf(value).map((leaf) => (
        <div key={leaf.path}>
          <dt>
            <code>{leaf.path || '–'}</code>
          </dt>
          <dd>{shownValue(leaf.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
