import type { ReactNode } from 'react';

export const metadata = { title: 'Portal Smart City (Next.js)', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
