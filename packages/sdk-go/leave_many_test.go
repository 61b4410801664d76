package ryzeapi

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func TestLeaveManySettlesEveryIdentifierInInputOrder(t *testing.T) {
	server := newTestServer(t, func(_ int, w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.RawQuery, "GONE") {
			reply(404, notFoundBody)(w)
			return
		}
		reply(200, `{"success":true,"message":"Successfully left the group","groupJid":"`+r.URL.Query().Get("identifier")+`"}`)(w)
	})
	client := newTestClient(t, server, newFakeClock())
	identifiers := []string{"1@g.us", "GONE", "not a group!", "2@g.us", "3@g.us", "4@g.us"}
	var progress []LeaveProgress
	results, err := client.Groups.LeaveMany(context.Background(), "my-instance", identifiers, LeaveManyOptions{
		Concurrency: 3,
		OnProgress:  func(p LeaveProgress) { progress = append(progress, p) },
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, result := range results {
		if result.Identifier != identifiers[i] {
			t.Errorf("result %d is for %q, want %q", i, result.Identifier, identifiers[i])
		}
	}
	if results[0].Group == nil || results[0].Group.GroupJid != "1@g.us" || results[0].Err != nil {
		t.Errorf("first: %+v", results[0])
	}
	if !errors.As(results[1].Err, new(*NotFoundError)) || !errors.As(results[2].Err, new(*InvalidInputError)) {
		t.Errorf("failures: %v, %v", results[1].Err, results[2].Err)
	}
	if len(progress) != len(identifiers) || progress[len(progress)-1].Done != len(identifiers) || progress[0].Total != len(identifiers) {
		t.Errorf("progress %+v", progress)
	}
	if len(server.received()) != 5 {
		t.Errorf("%d requests, want 5 (the invalid identifier is never sent)", len(server.received()))
	}
}

func TestCancelingLeaveManyStopsSendingAndReportsWhatWasDone(t *testing.T) {
	var once sync.Once
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	server := newTestServer(t, func(n int, w http.ResponseWriter, _ *http.Request) {
		once.Do(cancel) // the first request cancels the batch
		reply(200, leftBody)(w)
	})
	client := newTestClient(t, server, newFakeClock())
	identifiers := []string{"1@g.us", "2@g.us", "3@g.us", "4@g.us", "5@g.us", "6@g.us"}
	results, err := client.Groups.LeaveMany(ctx, "my-instance", identifiers, LeaveManyOptions{Concurrency: 1})
	if !errors.Is(err, context.Canceled) || !errors.As(err, new(*CanceledError)) {
		t.Fatalf("got %v", err)
	}
	canceled := 0
	for _, result := range results {
		if errors.Is(result.Err, context.Canceled) {
			canceled++
		}
	}
	if len(results) != len(identifiers) || canceled < len(identifiers)-2 || len(server.received()) > 2 {
		t.Errorf("%d results, %d canceled, %d sent", len(results), canceled, len(server.received()))
	}
}

func TestLeaveManyRefusesBadOptions(t *testing.T) {
	server := newTestServer(t, answers(reply(200, leftBody)))
	client := newTestClient(t, server, newFakeClock())
	_, err := client.Groups.LeaveMany(context.Background(), "my-instance", []string{"1@g.us"}, LeaveManyOptions{Concurrency: -1})
	if !errors.As(err, new(*InvalidInputError)) || len(server.received()) != 0 {
		t.Errorf("got %v", err)
	}
}
