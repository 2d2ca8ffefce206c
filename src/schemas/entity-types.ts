/**
 * The entity types, in the order listings show them, and everything the code says about each:
 * one table instead of a label map here and a URL map there. The pipeline, the schemas and the
 * site read it from here; the browser's timeline filter gets it from the page.
 */

/** The entity types, in display order. */
export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;

/** Person, organization or place. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** What the site shows and links for one entity type. */
export interface EntityTypeInfo {
  /** Singular label: "Person". Also the type's name in search results and filters. */
  label: string;
  /** Plural heading: "People". */
  plural: string;
  /** URL folder of the type's listing: `/people/`. */
  path: string;
  /** schema.org type for structured data. */
  schemaType: 'Person' | 'Organization' | 'Place';
}

/** Labels, plural headings, URL folders and schema.org types of the entity types. */
export const ENTITY_TYPE_INFO: { readonly [T in EntityType]: EntityTypeInfo } = {
  person: { label: 'Person', plural: 'People', path: 'people', schemaType: 'Person' },
  organization: { label: 'Organization', plural: 'Organizations', path: 'organizations', schemaType: 'Organization' },
  place: { label: 'Place', plural: 'Places', path: 'places', schemaType: 'Place' },
};
