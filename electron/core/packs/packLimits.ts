/** What a pack may hold before it is refused unread: bounds on what a hostile zip can make us read or write. */
export interface PackLimits {
  readonly maxEntries: number;
  /** Sum of every entry's uncompressed size. */
  readonly maxTotalBytes: number;
  /** Each JSON file is read into memory whole. */
  readonly maxJsonBytes: number;
  /** And items stay in memory until the import is done. */
  readonly maxJsonTotalBytes: number;
  /**
   * Largest uncompressed/compressed ratio allowed for an entry over `ratioFloorBytes`, and for the whole zip (text
   * deflates about 5:1): many entries just under the floor must not add up to a bomb.
   */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

/** The limits import and verify use. */
export const packLimits: PackLimits = {
  maxEntries: 250_000,
  maxTotalBytes: 20 * 1024 ** 3,
  maxJsonBytes: 64 * 1024 ** 2,
  maxJsonTotalBytes: 512 * 1024 ** 2,
  maxRatio: 100,
  ratioFloorBytes: 1024 ** 2,
};
