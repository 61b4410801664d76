package ryzeapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The scenario file every SDK runs against the sandbox (format: packages/contract-tests/README.md).
const scenarioFile = "../contract-tests/scenarios/leave-group.json"

type scenarioClientOptions struct {
	MaxRetries     *int    `json:"maxRetries"`
	MaxRetryWaitMs *int    `json:"maxRetryWaitMs"`
	Pacing         *bool   `json:"pacing"`
	AuthScheme     *string `json:"authScheme"`
}

type scenarioStep struct {
	Leave *struct {
		Instance   string                `json:"instance"`
		Identifier string                `json:"identifier"`
		Token      string                `json:"token"`
		Client     scenarioClientOptions `json:"client"`
	} `json:"leave"`
	Expect *struct {
		Status int             `json:"status"`
		Body   json.RawMessage `json:"body"`
		Error  *struct {
			Class                   string `json:"class"`
			Message                 string `json:"message"`
			MayHaveSucceededEarlier *bool  `json:"mayHaveSucceededEarlier"`
		} `json:"error"`
		Attempts  *int `json:"attempts"`
		RateLimit *struct {
			Limit             int  `json:"limit"`
			Remaining         int  `json:"remaining"`
			ResetAtFromHeader bool `json:"resetAtFromHeader"`
		} `json:"rateLimit"`
	} `json:"expect"`
	Control *struct {
		Method string          `json:"method"`
		Path   string          `json:"path"`
		Body   json.RawMessage `json:"body"`
	} `json:"control"`
	ExpectState *struct {
		Instance    string   `json:"instance"`
		MemberOf    []string `json:"memberOf"`
		NotMemberOf []string `json:"notMemberOf"`
	} `json:"expectState"`
}

type scenarioSuite struct {
	FormatVersion int `json:"formatVersion"`
	Defaults      struct {
		Instance string                `json:"instance"`
		Token    string                `json:"token"`
		Client   scenarioClientOptions `json:"client"`
	} `json:"defaults"`
	Scenarios []struct {
		Name    string          `json:"name"`
		Sandbox json.RawMessage `json:"sandbox"`
		Steps   []scenarioStep  `json:"steps"`
	} `json:"scenarios"`
}

// errorClasses maps the scenario file's error class names, the same in every SDK, to this
// SDK's types.
var errorClasses = map[string]func(error) bool{
	"BadRequestError":       func(err error) bool { return errors.As(err, new(*BadRequestError)) },
	"AuthenticationError":   func(err error) bool { return errors.As(err, new(*AuthenticationError)) },
	"PermissionDeniedError": func(err error) bool { return errors.As(err, new(*PermissionDeniedError)) },
	"NotFoundError":         func(err error) bool { return errors.As(err, new(*NotFoundError)) },
	"RateLimitError":        func(err error) bool { return errors.As(err, new(*RateLimitError)) },
	"InternalServerError":   func(err error) bool { return errors.As(err, new(*InternalServerError)) },
}

// TestScenariosAgainstTheSandbox runs every scenario of the shared file through this SDK against
// the sandbox, then checks that the scenarios that passed are exactly the file's list.
func TestScenariosAgainstTheSandbox(t *testing.T) {
	raw, err := os.ReadFile(scenarioFile)
	if err != nil {
		t.Fatal(err)
	}
	var suite scenarioSuite
	if err := json.Unmarshal(raw, &suite); err != nil || suite.FormatVersion != 1 || len(suite.Scenarios) == 0 {
		t.Fatalf("%s: format version %d, %d scenarios, %v: this runner reads version 1", scenarioFile, suite.FormatVersion, len(suite.Scenarios), err)
	}
	url := sandbox(t)
	var passed []string
	for _, scenario := range suite.Scenarios {
		scenario := scenario
		if t.Run(scenario.Name, func(t *testing.T) {
			settings := scenario.Sandbox
			if len(settings) == 0 {
				settings = json.RawMessage(`{}`)
			}
			control(t, url, http.MethodPost, "/__sandbox/reset", settings)
			for index, step := range scenario.Steps {
				where := fmt.Sprintf("step %d", index+1)
				switch {
				case step.Control != nil:
					control(t, url, step.Control.Method, step.Control.Path, step.Control.Body)
				case step.Leave != nil:
					runLeaveStep(t, where, url, &suite, step)
				case step.ExpectState != nil:
					checkState(t, where, url, step)
				default:
					t.Fatalf("%s has no step this runner knows", where)
				}
			}
		}) {
			passed = append(passed, scenario.Name)
		}
	}
	var listed []string
	for _, scenario := range suite.Scenarios {
		listed = append(listed, scenario.Name)
	}
	sort.Strings(listed)
	sort.Strings(passed)
	t.Logf("Scenarios against the sandbox: %d/%d passed", len(passed), len(listed))
	if !reflect.DeepEqual(passed, listed) {
		t.Errorf("the scenarios that passed are not the file's list:\npassed %q\nlisted %q", passed, listed)
	}
}

// control sends a control request to the sandbox; it must answer 2xx.
func control(t *testing.T, url, method, path string, body json.RawMessage) {
	t.Helper()
	request, err := http.NewRequest(method, url+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	request.Header.Set("Content-Type", "application/json")
	response, err := http.DefaultClient.Do(request)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	response.Body.Close()
	if response.StatusCode/100 != 2 {
		t.Fatalf("%s %s answered %d", method, path, response.StatusCode)
	}
}

func runLeaveStep(t *testing.T, where, url string, suite *scenarioSuite, step scenarioStep) {
	t.Helper()
	leave, expect := step.Leave, step.Expect
	token, instance := suite.Defaults.Token, suite.Defaults.Instance
	if leave.Token != "" {
		token = leave.Token
	}
	if leave.Instance != "" {
		instance = leave.Instance
	}
	options := []Option{WithToken(token), WithBaseURL(url)}
	for _, client := range []scenarioClientOptions{suite.Defaults.Client, leave.Client} {
		if client.MaxRetries != nil {
			options = append(options, WithMaxRetries(*client.MaxRetries))
		}
		if client.MaxRetryWaitMs != nil {
			options = append(options, WithMaxRetryWait(time.Duration(*client.MaxRetryWaitMs)*time.Millisecond))
		}
		if client.Pacing != nil {
			options = append(options, WithPacing(*client.Pacing))
		}
		if client.AuthScheme != nil {
			scheme := map[string]AuthScheme{"token-header": AuthTokenHeader, "bearer": AuthBearer}[*client.AuthScheme]
			options = append(options, WithAuthScheme(scheme))
		}
	}
	sdk, err := NewClient(options...)
	if err != nil {
		t.Fatalf("%s: NewClient: %v", where, err)
	}
	var meta ResponseMeta
	ctx, cancel := context.WithTimeout(context.Background(), waitDeadline)
	defer cancel()
	left, err := sdk.Groups.Leave(ctx, instance, LeaveParams{Identifier: leave.Identifier}, CallResponse(&meta))

	if meta.Response == nil {
		t.Fatalf("%s: no response (%v)", where, err)
	}
	if meta.Response.StatusCode != expect.Status {
		t.Errorf("%s: HTTP %d, want %d (%v)", where, meta.Response.StatusCode, expect.Status, err)
	}
	if expect.Error == nil {
		if err != nil {
			t.Fatalf("%s: %v, want success", where, err)
		}
		var got, want any
		ours, _ := json.Marshal(left)
		_ = json.Unmarshal(ours, &got)
		_ = json.Unmarshal(expect.Body, &want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: body %s, want %s", where, ours, expect.Body)
		}
	} else {
		is, known := errorClasses[expect.Error.Class]
		if !known || !is(err) {
			t.Errorf("%s: got %T (%v), want the error class %s", where, err, err, expect.Error.Class)
		}
		if err == nil || !strings.Contains(err.Error(), expect.Error.Message) {
			t.Errorf("%s: message %v, want one containing %q", where, err, expect.Error.Message)
		}
		if want := expect.Error.MayHaveSucceededEarlier; want != nil {
			var notFound *NotFoundError
			if !errors.As(err, &notFound) || notFound.MayHaveSucceededEarlier != *want {
				t.Errorf("%s: %v, want MayHaveSucceededEarlier %v", where, err, *want)
			}
		}
	}
	if expect.Attempts != nil && meta.Attempts != *expect.Attempts {
		t.Errorf("%s: %d attempts, want %d", where, meta.Attempts, *expect.Attempts)
	}
	if want := expect.RateLimit; want != nil {
		got := meta.RateLimit
		if got == nil || got.Limit != want.Limit || got.Remaining != want.Remaining {
			t.Errorf("%s: rate limit %+v, want %d of %d remaining", where, got, want.Remaining, want.Limit)
		} else if want.ResetAtFromHeader && strconv.FormatInt(got.ResetAt.Unix(), 10) != meta.Response.Header.Get("X-RateLimit-Reset") {
			t.Errorf("%s: reset %d, want the header's %s", where, got.ResetAt.Unix(), meta.Response.Header.Get("X-RateLimit-Reset"))
		}
	}
}

func checkState(t *testing.T, where, url string, step scenarioStep) {
	t.Helper()
	response, err := http.Get(url + "/__sandbox/state")
	if err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	defer response.Body.Close()
	var state struct {
		Instances []struct {
			Name   string   `json:"name"`
			Groups []string `json:"groups"`
		} `json:"instances"`
	}
	if err := json.NewDecoder(response.Body).Decode(&state); err != nil {
		t.Fatalf("%s: the sandbox's state: %v", where, err)
	}
	want := step.ExpectState
	for _, instance := range state.Instances {
		if instance.Name != want.Instance {
			continue
		}
		in := map[string]bool{}
		for _, jid := range instance.Groups {
			in[jid] = true
		}
		for _, jid := range want.MemberOf {
			if !in[jid] {
				t.Errorf("%s: %s is not in %s", where, want.Instance, jid)
			}
		}
		for _, jid := range want.NotMemberOf {
			if in[jid] {
				t.Errorf("%s: %s is still in %s", where, want.Instance, jid)
			}
		}
		return
	}
	t.Errorf("%s: the sandbox has no instance %s", where, want.Instance)
}
