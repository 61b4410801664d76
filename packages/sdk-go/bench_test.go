package ryzeapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkLeaveOverHTTP times one leave against the server at RYZEAPI_BENCH_BASE_URL (the
// bench package starts one answering the spec's 200 example and runs this with -bench), for
// the SDK and for hand-written net/http doing the same work: build the request, send it, read
// and decode the body. Each sub-benchmark has its own keep-alive connection pool.
func BenchmarkLeaveOverHTTP(b *testing.B) {
	baseURL := os.Getenv("RYZEAPI_BENCH_BASE_URL")
	if baseURL == "" {
		b.Skip("RYZEAPI_BENCH_BASE_URL is not set: run through `pnpm bench`, which starts the server")
	}
	const instance, identifier, token = "my-instance", "120363406289005073@g.us", "bench-token"
	contenders := []struct {
		name  string
		leave func(ctx context.Context) (*LeaveGroupResponse, error)
	}{
		{"net-http", rawLeave(baseURL, instance, identifier, token, 0)},
		{"net-http-timeout-30s", rawLeave(baseURL, instance, identifier, token, 30*time.Second)},
		{"ryzeapi", sdkLeave(b, baseURL, instance, identifier, token)},
	}
	for _, contender := range contenders {
		b.Run(contender.name, func(b *testing.B) {
			ctx := context.Background()
			cpuBefore := processCPUTime()
			for i := 0; i < b.N; i++ {
				if left, err := contender.leave(ctx); err != nil || !left.Success {
					b.Fatalf("leave: %+v, %v", left, err)
				}
			}
			// The CPU this process spent per leave: less sensitive than the wall time to other
			// processes of a busy machine (the server runs in its own process).
			b.ReportMetric(float64(processCPUTime()-cpuBefore)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPUTime is the CPU time (user and system) this process has used.
func processCPUTime() time.Duration {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		return 0
	}
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

func sdkLeave(b *testing.B, baseURL, instance, identifier, token string) func(context.Context) (*LeaveGroupResponse, error) {
	client, err := NewClient(WithToken(token), WithBaseURL(baseURL))
	if err != nil {
		b.Fatal(err)
	}
	return func(ctx context.Context) (*LeaveGroupResponse, error) {
		return client.Groups.Leave(ctx, instance, LeaveParams{Identifier: identifier})
	}
}

// rawLeave is a leave as written by hand with net/http, with an optional per-request timeout.
func rawLeave(baseURL, instance, identifier, token string, timeout time.Duration) func(context.Context) (*LeaveGroupResponse, error) {
	client := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	target := baseURL + "/api/group/leave/" + url.PathEscape(instance) + "?identifier=" + url.QueryEscape(identifier)
	return func(ctx context.Context) (*LeaveGroupResponse, error) {
		if timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		request, err := http.NewRequestWithContext(ctx, http.MethodDelete, target, nil)
		if err != nil {
			return nil, err
		}
		request.Header.Set("token", token)
		response, err := client.Do(request)
		if err != nil {
			return nil, err
		}
		defer response.Body.Close()
		body, err := io.ReadAll(response.Body)
		if err != nil {
			return nil, err
		}
		if response.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("HTTP %d", response.StatusCode)
		}
		var left LeaveGroupResponse
		return &left, json.Unmarshal(body, &left)
	}
}
