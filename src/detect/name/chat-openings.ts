// Self-introductions opening a chat message (`привет это радмила`, `hi im oisin`, `сәлем мен ерасыл`).

import type { Token } from '../../text/tokenize.js';

/**
 * The weak self-introduction spanning tokens [first, next) opens the message (its first word starts a sentence,
 * or a greeting stands right before it: `afterGreeting`) and the word at `next` is lower case: that word is cued
 * like one after a greeting, and the language's everyday-word check decides (chat.ts unlistedChatName). Mid-sentence
 * (`я думаю`, `this is ridiculous` after other words) the cue stays weak.
 */
export function opensChatMessage(text: string, tokens: readonly Token[], folded: readonly string[], first: number, next: number, afterGreeting: boolean): boolean {
  return (afterGreeting || tokens[first]!.sentenceStart) && text.charCodeAt(tokens[next]!.start) === folded[next]!.charCodeAt(0);
}
