/**
 * Which entities get the extras that cost per entity: a preview card of their own (~21 ms of a
 * cold build each) and a search record (a few bytes of every reader's first search). Half the
 * entities of a news corpus are named once; those share their type's card and are found through
 * the article that names them (which links their page). One rule, so the two never disagree.
 */
import type { EntityData } from '../schemas/collections.ts';

/** Mentions an entity needs for its own card and search record. */
export const PROMINENT_MIN_MENTIONS = 2;

/** Whether an entity is named often enough for its own card and search record. */
export const isProminent = (d: Pick<EntityData, 'mentions'>): boolean => d.mentions >= PROMINENT_MIN_MENTIONS;
