package ryzeapi

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestEveryExampleRuns builds every program of examples/ and runs it against a loopback API
// that leaves each group once (a second leave answers 404), checking that each reached it as
// often as it should.
func TestEveryExampleRuns(t *testing.T) {
	requestsWanted := map[string]int{
		"leave-group":          1,
		"leave-by-invite-link": 1,
		"parse-identifier":     0,
		"handle-errors":        2,
		"retries-and-timeouts": 1,
		"cancel":               0, // canceled before sending
		"rate-limit":           1,
		"leave-many":           2, // the third identifier is refused before sending
		"custom-http-client":   1,
	}
	entries, err := os.ReadDir("examples")
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		if _, listed := requestsWanted[entry.Name()]; !listed {
			t.Errorf("examples/%s is not listed in this test", entry.Name())
		}
	}
	binaries := t.TempDir()
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", binaries+string(os.PathSeparator), "./examples/...")
	if output, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./examples/...: %v\n%s", err, output)
	}
	for name, want := range requestsWanted {
		t.Run(name, func(t *testing.T) {
			if err := runExample(t, filepath.Join(binaries, name), want); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestAnExampleThatSendsNothingFails runs a copy of leave-group whose call is swapped for a stub
// that answers without the network: the check of TestEveryExampleRuns must refuse it.
func TestAnExampleThatSendsNothingFails(t *testing.T) {
	source, err := os.ReadFile(filepath.Join("examples", "leave-group", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	const call = "client.Groups.Leave("
	if !strings.Contains(string(source), call) {
		t.Fatalf("examples/leave-group/main.go no longer calls %s: update this test", call)
	}
	stub := "\nfunc stubLeave(*ryzeapi.Client, context.Context, string, ryzeapi.LeaveParams) (*ryzeapi.LeaveGroupResponse, error) {\n" +
		"\treturn &ryzeapi.LeaveGroupResponse{Message: \"Left\", GroupJid: \"120363406289005073@g.us\"}, nil\n}\n"
	// Inside the module (testdata is left out of ./... patterns), so that the copy imports this package.
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	folder, err := os.MkdirTemp("testdata", "broken-leave-group-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.RemoveAll(folder)
		os.Remove("testdata") // only when nothing else is in it
	})
	broken := strings.Replace(string(source), call, "stubLeave(client, ", 1) + stub
	if err := os.WriteFile(filepath.Join(folder, "main.go"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(t.TempDir(), "broken-leave-group")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", binary, "./"+filepath.ToSlash(folder))
	if output, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", folder, err, output)
	}
	err = runExample(t, binary, 1)
	if err == nil || !strings.Contains(err.Error(), "sent nothing to the API") {
		t.Fatalf("the check passed an example that sends nothing: %v", err)
	}
}

// runExample runs a built example against a loopback API that leaves each group once (a second
// leave answers 404). It fails when the example fails, prints nothing, or reaches the API another
// number of times than want.
func runExample(t *testing.T, binary string, want int) error {
	var mu sync.Mutex
	left := map[string]bool{}
	server := newTestServer(t, func(_ int, w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("token") != testToken && r.Header.Get("Authorization") != "Bearer "+testToken {
			reply(401, envelope("Invalid token"))(w)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		identifier := r.URL.Query().Get("identifier")
		if left[identifier] {
			reply(404, notFoundBody)(w)
			return
		}
		left[identifier] = true
		reply(200, `{"success":true,"message":"Successfully left the group","groupJid":"120363406289005073@g.us"}`,
			rateHeaders(100, 100-len(left), time.Now().Add(time.Minute))...)(w)
	})
	run := exec.Command(binary)
	run.Env = append(os.Environ(), "RYZEAPI_BASE_URL="+server.URL, "RYZEAPI_TOKEN="+testToken, "RYZEAPI_INSTANCE=my-instance")
	output, err := run.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v\n%s", err, output)
	}
	if strings.TrimSpace(string(output)) == "" {
		return errors.New("printed nothing")
	}
	got := len(server.received())
	if got == 0 && want > 0 {
		return fmt.Errorf("sent nothing to the API, want %d request(s)\n%s", want, output)
	}
	if got != want {
		return fmt.Errorf("%d requests reached the API, want %d\n%s", got, want, output)
	}
	return nil
}
