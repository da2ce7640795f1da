/** The longest comment a client can leave: a few words, not a letter. Zod-free, for the renderer. */
export const maxCommentLength = 500;
