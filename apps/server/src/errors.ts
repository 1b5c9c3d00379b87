import type { LocalizedText, ValidationIssue } from '@smartcity/model';

/** An error the API answers with: an HTTP status, a stable code and a message in Bahasa Indonesia and English. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly problems: readonly ValidationIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
  }

  toJSON(): Record<string, unknown> {
    return {
      error: this.code,
      message: this.text,
      ...(this.problems.length ? { problems: this.problems } : {}),
    };
  }
}

/** The errors of the API, one place for their wording. */
export const errors = {
  notFound: () => new ApiError(404, 'not-found', { id: 'Alamat tidak ditemukan.', en: 'No such address.' }),
  methodNotAllowed: () =>
    new ApiError(405, 'method-not-allowed', {
      id: 'Metode ini tidak didukung di alamat ini.',
      en: 'This method is not supported at this address.',
    }),
  unauthenticated: () =>
    new ApiError(401, 'unauthenticated', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    }),
  forbidden: (what: LocalizedText) =>
    new ApiError(403, 'forbidden', {
      id: `Anda tidak berhak ${what.id}.`,
      en: `You are not allowed to ${what.en}.`,
    }),
  noWorkspace: () =>
    // The same answer for a workspace that does not exist and one the member does not belong to: a member of
    // another region learns nothing about it.
    new ApiError(404, 'no-workspace', {
      id: 'Ruang kerja tidak ditemukan atau Anda bukan anggotanya.',
      en: 'No such workspace, or you are not a member of it.',
    }),
  badLogin: () =>
    new ApiError(401, 'bad-login', {
      id: 'Nama pengguna atau kata sandi salah.',
      en: 'Wrong username or password.',
    }),
  rateLimited: (seconds: number) =>
    new ApiError(
      429,
      'rate-limited',
      {
        id: `Terlalu banyak percobaan masuk. Coba lagi dalam ${seconds} detik.`,
        en: `Too many sign-in attempts. Try again in ${seconds} seconds.`,
      },
      [],
      { 'retry-after': String(seconds) },
    ),
  csrf: (why: LocalizedText) =>
    new ApiError(403, 'csrf', {
      id: `Permintaan ditolak (perlindungan CSRF): ${why.id}`,
      en: `Request refused (CSRF protection): ${why.en}`,
    }),
  badRequest: (problems: readonly ValidationIssue[]) =>
    new ApiError(
      400,
      'invalid-request',
      { id: 'Isi permintaan tidak sah.', en: 'The request body is not valid.' },
      problems,
    ),
  tooLarge: (limit: number) =>
    new ApiError(413, 'too-large', {
      id: `Isi permintaan terlalu besar (batas ${limit} bita).`,
      en: `The request body is too large (the limit is ${limit} bytes).`,
    }),
  conflict: (text: LocalizedText) => new ApiError(409, 'conflict', text),
  invitation: () =>
    new ApiError(400, 'bad-invitation', {
      id: 'Kode undangan tidak dikenal, sudah dipakai atau kedaluwarsa.',
      en: 'The invitation code is unknown, used up or expired.',
    }),
};
