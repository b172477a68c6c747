import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { z } from 'zod';
import { describeField } from './command-descriptions';

/** A GraphQL type reference, as `@Field(() => type)` takes it. */
type GraphQLTypeRef = Type<unknown> | typeof String | typeof Boolean | typeof Int | typeof Float | object;

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Builds GraphQL input types from the services' zod schemas, so the API takes exactly what the commands take:
 * one definition, checked twice (by GraphQL for shape, by the service for sizes, patterns and rules).
 */
export class CommandInputTypes {
  /** Enum values by enum name, and the object registered for each. */
  private readonly enums = new Map<string, string>();
  private readonly registered = new Map<string, object>();

  inputFor(command: string, schema: z.ZodTypeAny): Type<unknown> {
    return this.objectType(`${command}Input`, command, unwrap(schema).schema as z.AnyZodObject);
  }

  private objectType(name: string, command: string, schema: z.AnyZodObject): Type<unknown> {
    const input = { [name]: class {} }[name];
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      const { schema: inner, nullable } = unwrap(fieldSchema as z.ZodTypeAny);
      const type = this.typeOf(inner, command, field);
      Field(() => type, { nullable, description: describeField(command, field) })(input.prototype, field);
    }
    InputType(name, { description: `What ${command} takes.` })(input);
    return input;
  }

  private typeOf(schema: z.ZodTypeAny, command: string, field: string): GraphQLTypeRef {
    if (schema instanceof z.ZodString) return String;
    if (schema instanceof z.ZodBoolean) return Boolean;
    if (schema instanceof z.ZodNumber) return schema.isInt ? Int : Float;
    if (schema instanceof z.ZodEnum) return this.enumOf(schema.options as string[], command, field);
    if (schema instanceof z.ZodArray) return [this.typeOf(unwrap(schema.element).schema, command, field)];
    if (schema instanceof z.ZodTuple) {
      return [this.typeOf(unwrap(schema.items[0] as z.ZodTypeAny).schema, command, field)];
    }
    if (schema instanceof z.ZodObject)
      return this.objectType(`${command}${pascal(field)}Input`, command, schema);
    throw new Error(`${command}.${field}: no GraphQL type for ${schema.constructor.name}`);
  }

  /** One enum per field name (Sector, Outcome…); a name whose values differ elsewhere is prefixed with its command. */
  private enumOf(values: string[], command: string, field: string): object {
    const signature = values.join('|');
    const shared = pascal(field);
    const name =
      !this.enums.has(shared) || this.enums.get(shared) === signature ? shared : `${command}${shared}`;
    if (this.enums.get(name) !== signature) {
      this.enums.set(name, signature);
      const enumObject = Object.fromEntries(values.map((value) => [value, value]));
      registerEnumType(enumObject, { name, description: `One of: ${values.join(', ')}.` });
      this.registered.set(name, enumObject);
    }
    return this.registered.get(name)!;
  }
}

function unwrap(schema: z.ZodTypeAny): { schema: z.ZodTypeAny; nullable: boolean } {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return { schema: unwrap(schema.unwrap()).schema, nullable: true };
  }
  return { schema, nullable: false };
}
