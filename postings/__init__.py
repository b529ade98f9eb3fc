"""The employer side: accounts and email verification, the dashboard and posting form, the
moderators' screens, notifications and the posting services (the only way a posting's state
changes)."""
