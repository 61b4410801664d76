package ryzeapi

import (
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
			run := exec.Command(filepath.Join(binaries, name))
			run.Env = append(os.Environ(), "RYZEAPI_BASE_URL="+server.URL, "RYZEAPI_TOKEN="+testToken, "RYZEAPI_INSTANCE=my-instance")
			output, err := run.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, output)
			}
			if strings.TrimSpace(string(output)) == "" {
				t.Error("printed nothing")
			}
			if got := len(server.received()); got != want {
				t.Errorf("%d requests reached the API, want %d\n%s", got, want, output)
			}
		})
	}
}
