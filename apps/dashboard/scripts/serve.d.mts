export declare const CSP: string;
export declare function startServer(
  dir?: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
export declare function staticHandler(
  dir?: string,
): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
