/**
 * Version of the clinical rules (knowledge tables + engine). Stored with every assessment so a later
 * change of rules never silently rewrites history. Bump the minor for new or changed rules, the
 * major for a change to the assessment's shape.
 */
export const RULES_VERSION = '1.3.0';
