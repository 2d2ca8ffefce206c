/** Width and height of every preview image (the Open Graph recommended size). */
export const OG_SIZE = { width: 1200, height: 630 } as const;
