/** The URL of the server started by global-setup.ts. */
export function serverUrl(): string {
  const url = process.env.QORGAU_SDK_TEST_URL;
  if (!url) throw new Error('Run the SDK tests through jest: its global setup starts the server');
  return url;
}
