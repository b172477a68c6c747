import { CommandContract } from '@hyeopchi/contract-kit';
import { Field, FieldOptions, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { z } from 'zod';
import { describeField } from './command-fields';

/** A GraphQL type reference, as `@Field(() => type)` takes it. */
type GraphQLTypeRef = Type<unknown> | typeof String | typeof Boolean | typeof Int | typeof Float | object;

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Builds GraphQL input types from the commands' contracts, so the API takes exactly what the commands take: one
 * definition, checked twice (by GraphQL for shape, by the service for sizes, patterns and rules). One registry for
 * the whole schema: an enum (Sector, Outcome…) is registered once and shared by every input with that field.
 */
class CommandInputTypes {
  private readonly inputs = new Map<string, Type<unknown>>();
  /** Values by enum name, and the object registered for each. */
  private readonly enums = new Map<string, { signature: string; enumObject: object }>();

  inputFor(contract: CommandContract): Type<unknown> {
    let input = this.inputs.get(contract.type);
    if (!input) {
      input = this.objectType(`${contract.type}Input`, contract, contract.schema);
      this.inputs.set(contract.type, input);
    }
    return input;
  }

  private objectType(name: string, contract: CommandContract, schema: z.AnyZodObject): Type<unknown> {
    const input = { [name]: class {} }[name];
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      const { schema: inner, nullable, defaultValue } = unwrap(fieldSchema as z.ZodTypeAny);
      const type = this.typeOf(inner, contract, field);
      const description = describeField(contract, field);
      // a default of null says no more than nullable does
      const options: FieldOptions =
        defaultValue === undefined || defaultValue === null ? { nullable } : { nullable, defaultValue };
      Field(() => type, { ...options, description })(input.prototype, field);
    }
    InputType(name, { description: `What ${contract.type} takes.` })(input);
    return input;
  }

  private typeOf(schema: z.ZodTypeAny, contract: CommandContract, field: string): GraphQLTypeRef {
    if (schema instanceof z.ZodString) return String;
    if (schema instanceof z.ZodBoolean) return Boolean;
    if (schema instanceof z.ZodNumber) return schema.isInt ? Int : Float;
    if (schema instanceof z.ZodEnum) return this.enumOf(schema.options as string[], contract, field);
    if (schema instanceof z.ZodArray) return [this.typeOf(unwrap(schema.element).schema, contract, field)];
    if (schema instanceof z.ZodTuple) {
      return [this.typeOf(unwrap(schema.items[0] as z.ZodTypeAny).schema, contract, field)];
    }
    if (schema instanceof z.ZodObject) {
      return this.objectType(`${contract.type}${pascal(field)}Input`, contract, schema);
    }
    throw new Error(`${contract.type}.${field}: no GraphQL type for ${schema.constructor.name}`);
  }

  /** The enum named after its field, or the name the contract gives it where its values differ. */
  private enumOf(values: string[], contract: CommandContract, field: string): object {
    const name = contract.api?.enumNames?.[field] ?? pascal(field);
    const signature = values.join('|');
    const known = this.enums.get(name);
    if (known && known.signature !== signature) {
      throw new Error(
        `${contract.type}.${field}: enum ${name} has other values elsewhere; name this one in api.enumNames`,
      );
    }
    if (known) return known.enumObject;
    const enumObject = Object.fromEntries(values.map((value) => [value, value]));
    registerEnumType(enumObject, { name, description: `One of: ${values.join(', ')}.` });
    this.enums.set(name, { signature, enumObject });
    return enumObject;
  }
}

/** A field the command may leave out takes the contract's default, which the schema shows. */
function unwrap(schema: z.ZodTypeAny): { schema: z.ZodTypeAny; nullable: boolean; defaultValue?: unknown } {
  if (schema instanceof z.ZodDefault) {
    const defaultValue: unknown = schema._def.defaultValue();
    return { schema: unwrap(schema.removeDefault() as z.ZodTypeAny).schema, nullable: true, defaultValue };
  }
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return { schema: unwrap(schema.unwrap()).schema, nullable: true };
  }
  return { schema, nullable: false };
}

/** The input types of every command mutation in this process's schema. */
export const COMMAND_INPUTS = new CommandInputTypes();
