-- One schema for both engines (PostgreSQL and embedded PGlite): plain PostgreSQL SQL, nothing engine-specific.

CREATE TABLE workspaces (
  id          text PRIMARY KEY,
  region      text NOT NULL UNIQUE,          -- Kemendagri code: one workspace per region
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
  id             text PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  name           text NOT NULL,
  password_hash  text NOT NULL,               -- scrypt$N$r$p$salt$hash (base64)
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  workspace_id  text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id    text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('coordinator', 'editor', 'reader')),
  scope         jsonb NOT NULL DEFAULT '{}'::jsonb,   -- an editor's OPDs and sections
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, account_id)
);

CREATE TABLE invitations (
  code_hash     text PRIMARY KEY,              -- sha-256 of the code: the code itself is never stored
  workspace_id  text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('coordinator', 'editor', 'reader')),
  scope         jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by    text REFERENCES accounts (id) ON DELETE SET NULL,   -- NULL: made by the host (admin command)
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  max_uses      integer NOT NULL DEFAULT 1,
  uses          integer NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,                -- sha-256 of the cookie's token
  account_id  text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- The shared document of each workspace: the merged state every member syncs, and the last state whose
-- masterplan passed the model's checks (a merged state that breaks them is kept apart, with its problems).
CREATE TABLE documents (
  workspace_id  text PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  state         bytea NOT NULL,
  valid_state   bytea,
  valid_at      timestamptz,
  problems      jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Every accepted update, with its author and time.
CREATE TABLE document_updates (
  id            bigserial PRIMARY KEY,
  workspace_id  text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id    text REFERENCES accounts (id) ON DELETE SET NULL,
  at            timestamptz NOT NULL DEFAULT now(),
  update        bytea NOT NULL
);
CREATE INDEX document_updates_workspace ON document_updates (workspace_id, id);

-- Updates refused on the sync channel, with the reason (for the coordinator and the host).
CREATE TABLE refused_updates (
  id            bigserial PRIMARY KEY,
  workspace_id  text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id    text REFERENCES accounts (id) ON DELETE SET NULL,
  at            timestamptz NOT NULL DEFAULT now(),
  reason        text NOT NULL,
  problems      jsonb NOT NULL,
  bytes         integer NOT NULL
);
