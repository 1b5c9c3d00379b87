export declare const CSP: string;
export declare function startServer(
  dir?: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
