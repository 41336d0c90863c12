// Synthetic documents with known PII, and checks that a redacted output no longer contains it.

/** Fictional values: the phone is in a test-only style, the e-mail on example.com. */
export const SAMPLE = {
  name: 'Алишер Каримов',
  phone: '+998 90 123 45 67',
  phoneDigits: '901234567',
  email: 'alisher.karimov@example.com',
} as const;

export function review(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    text: `Меня зовут ${SAMPLE.name}, мой телефон ${SAMPLE.phone}, почта ${SAMPLE.email}. Доставка была быстрой.`,
    rating: 5,
    ...overrides,
  };
}

export function dialogue(id: string): Record<string, unknown> {
  return {
    id,
    messages: [
      { role: 'customer', text: `Salom! Men ${SAMPLE.name}. Telefonim ${SAMPLE.phone}.` },
      { role: 'agent', text: 'Rahmat, buyurtmangizni tekshiryapman.' },
      { role: 'customer', text: `Pochta: ${SAMPLE.email}` },
    ],
  };
}

/** The raw values that must never appear in a body sent to a destination that forbids them. */
export function leakedValues(serialized: string, values: readonly string[] = [SAMPLE.phone, SAMPLE.email]): string[] {
  const digitsOnly = serialized.replace(/\D+/g, '');
  return values.filter((value) => serialized.includes(value) || (/^\+?[\d\s-]+$/.test(value) && digitsOnly.includes(value.replace(/\D+/g, ''))));
}
