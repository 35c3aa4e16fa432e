"""The policy: rules as data (rules/*.toml) applied to evidence and recipient roles."""
