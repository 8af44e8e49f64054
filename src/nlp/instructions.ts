/**
 * Instruction-like sentences: text that addresses the coding software or dictates a billing
 * outcome ("Note to the coding software: ... code this as 27290 with modifier 22") instead of
 * describing care. Such a sentence documents nothing, for every extractor: the rules extractor and
 * the label reader drop it before matching. Patterns are data; each has its own test rows in
 * tests/nlp-instructions.test.ts.
 */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  // Not "bypass" (a vascular operation) and not "rules out" (clinical reasoning).
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}\b(?:rules?(?!\s+out)|instructions?|prompts?|guidelines?|system|above|previous)\b/i,
  /\b(?:bill|charge|submit|invoice)\b[^.\n]{0,40}\b\d{5}\b/i,
  /\b(?:code|report|bill)\s+(?:it|this|the\s+(?:case|procedure|operation))\s+as\b/i,
  /\b(?:append|add|apply|attach|use|include)\b[^.\n]{0,20}\bmodifiers?\s*-?\s*\d{2}\b/i,
  /\b(?:ai|a\.i\.|language model|llm|chatbot|coding (?:assistant|tool|software|system|engine|program)|coder|extractor)\b[^.\n]{0,40}\b(?:must|should|shall|needs? to|has to|please)\b/i,
  /\bnote\s+(?:to|for)\s+(?:the\s+)?(?:coders?|coding|billing|billers?|software|system|ai|a\.i\.|algorithm|extractor|model|reviewer)\b/i,
  /\b(?:attention|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:coders?|coding|billing|software|system|ai|model)\b/i,
];

const ANY_INSTRUCTION = new RegExp(INSTRUCTION_PATTERNS.map((p) => p.source).join('|'), 'i');

/** True when the sentence reads as an instruction to the software or a billing directive. */
export const isInstructionLike = (sentence: string): boolean => ANY_INSTRUCTION.test(sentence);
