package ryzeapi

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The sandbox (@ryzeapi/sandbox) the scenario tests run against: the one at RYZEAPI_SANDBOX_URL
// when set, else one started on a free port for this test binary and stopped by TestMain.
var (
	sandboxOnce    sync.Once
	sandboxURL     string
	sandboxErr     error
	sandboxProcess *exec.Cmd
)

// The workspace's build of the sandbox's command line, a devDependency of this package.
const sandboxCLI = "node_modules/@ryzeapi/sandbox/dist/cli.js"

var listeningLine = regexp.MustCompile(`listening on (http://\S+)`)

func sandbox(t *testing.T) string {
	t.Helper()
	sandboxOnce.Do(func() {
		if url := os.Getenv("RYZEAPI_SANDBOX_URL"); url != "" {
			sandboxURL = url
			return
		}
		sandboxURL, sandboxErr = startSandbox()
	})
	if sandboxErr != nil {
		t.Fatalf("the sandbox could not start: %v", sandboxErr)
	}
	return sandboxURL
}

// startSandbox runs `node <sandbox cli> --port 0` and waits for the line with its URL.
func startSandbox() (string, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("node is not on PATH: the scenarios run against @ryzeapi/sandbox, a Node.js program (%v)", err)
	}
	if _, err := os.Stat(sandboxCLI); err != nil {
		return "", fmt.Errorf("%s is missing: run pnpm install and pnpm build (or set RYZEAPI_SANDBOX_URL to a running sandbox)", sandboxCLI)
	}
	command := exec.Command(node, sandboxCLI, "--port", "0")
	command.Stderr = os.Stderr
	stdout, err := command.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := command.Start(); err != nil {
		return "", err
	}
	sandboxProcess = command
	found := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if match := listeningLine.FindStringSubmatch(lines.Text()); match != nil {
				found <- match[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, stdout) // keeps the pipe drained while the sandbox runs
	}()
	select {
	case url := <-found:
		return url, nil
	case <-time.After(waitDeadline):
		stopSandbox()
		return "", fmt.Errorf("no \"listening on\" line from %s within %s", sandboxCLI, waitDeadline)
	}
}

func stopSandbox() {
	if sandboxProcess == nil {
		return
	}
	_ = sandboxProcess.Process.Signal(syscall.SIGTERM)
	_ = sandboxProcess.Wait()
	sandboxProcess = nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	stopSandbox()
	os.Exit(code)
}
