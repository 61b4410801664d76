"""How long a test waits for a child process or a local server before calling it a hang: the
workspace's one deadline (WAIT_DEADLINE_MS of @ryzeapi/test-support, 10 min), which a busy
machine does not reach."""

WAIT_DEADLINE_SECONDS = 600.0
