/** The URL of the server started by global-setup.ts. */
export function serverUrl(): string {
  const url = process.env.QORGAU_SDK_TEST_URL;
  if (!url) throw new Error('Run the SDK tests through jest: its global setup starts the server');
  return url;
}

/** API keys made by global-setup.ts with the server's command line: an ADMIN, and an EDITOR of the General Prosecutor's Office. */
export function apiKeys(): { admin: string; editor: string } {
  const admin = process.env.QORGAU_SDK_TEST_ADMIN_KEY;
  const editor = process.env.QORGAU_SDK_TEST_EDITOR_KEY;
  if (!admin || !editor) throw new Error('Run the SDK tests through jest: its global setup makes the keys');
  return { admin, editor };
}
