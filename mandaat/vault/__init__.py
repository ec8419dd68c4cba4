"""The vault: one encrypted file holding a SQLite database, and the one write path to it.

| module | what it holds |
| --- | --- |
| `fileformat` | the bytes on disk: header, key slots, sealed body (format 1 and 2) |
| `kdf` | passphrase → key (Argon2id), calibration and the cost cap |
| `keystore` | "remember on this computer": the OS keyring |
| `atomic` | saving without ever losing the previous file (temp, fsync, rename, backups) |
| `file` | `Vault`: open, unlock, lock, save, rotate keys |
| `rollback` | the newest state this computer saw of each vault |
| `audit` | the hash-chained log of what changed |
| `schema` | the database's tables and their migrations |
| `store` | rows ↔ model values (dossiers, bids, thresholds, Woo grounds) |
| `session` | `Session`: the one write path, each edit committed, logged and saved |
"""
