/** Branded identifiers, so that an item id cannot be passed where a term id is expected. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A UUID naming an item in every library it travels to. */
export type ItemId = Brand<string, 'ItemId'>;
/** A vocabulary term id such as `theme:gender-equality`, `sdg:5.2`, `country:TN`, `region:015`, `org:<uuid>`. */
export type TermId = Brand<string, 'TermId'>;
/** A UUID naming a collection. */
export type CollectionId = Brand<string, 'CollectionId'>;
/** SHA-256 (hex) of an item's canonical content. */
export type RevisionHash = Brand<string, 'RevisionHash'>;

/** Lower-case UUID, any version (ids from other tools are accepted as they are). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Lower-case hex SHA-256: revision hashes and attachment names. */
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** Marks a string already checked to be an item id. */
export const asItemId = (value: string): ItemId => value as ItemId;
/** Marks a string already checked to be a term id. */
export const asTermId = (value: string): TermId => value as TermId;
/** Marks a string already checked to be a collection id. */
export const asCollectionId = (value: string): CollectionId => value as CollectionId;
/** Marks a string already checked to be a revision hash. */
export const asRevisionHash = (value: string): RevisionHash => value as RevisionHash;
