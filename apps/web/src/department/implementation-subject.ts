/** An implementation as its command forms need it: its id, its proposal's title for people, its last percent. */
export interface ImplementationSubject {
  id: string;
  title: string;
  percent: number;
}
