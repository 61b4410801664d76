package ryzeapi

import (
	"context"
	"fmt"
	"sync"
)

// LeaveManyOptions configure LeaveMany; the zero value takes the defaults.
type LeaveManyOptions struct {
	// Concurrency is how many leaves are in flight at once. Default 10, as in the TypeScript
	// SDK. The client's pacing keeps them under the token's bucket whatever the concurrency.
	Concurrency int
	// OnProgress, when set, is called after each leave settles, one call at a time.
	OnProgress func(LeaveProgress)
	// CallOptions apply to every leave.
	CallOptions []CallOption
}

// LeaveResult is how the leave of one identifier settled: Group on success, else Err.
type LeaveResult struct {
	Identifier string
	Group      *LeaveGroupResponse
	Err        error
}

// LeaveProgress reports one settled leave of a LeaveMany.
type LeaveProgress struct {
	Done   int
	Total  int
	Result LeaveResult
}

const defaultLeaveConcurrency = 10

// LeaveMany makes instance leave many groups, as fast as the token's bucket allows, and returns
// one result per identifier, in input order. One failure never stops the others.
//
// When ctx ends, no further leave is started: the leaves in flight end with a *CanceledError,
// those never started have one too, and LeaveMany's own error is a *CanceledError when any leave
// was never started. Its error is otherwise nil, or an *InvalidInputError for bad options, with
// nothing sent.
func (g *GroupsService) LeaveMany(ctx context.Context, instance string, identifiers []string, options LeaveManyOptions) ([]LeaveResult, error) {
	if ctx == nil {
		return nil, &InvalidInputError{Message: "The context is nil: pass context.Background() or a context of your own"}
	}
	concurrency := options.Concurrency
	if concurrency < 0 {
		return nil, &InvalidInputError{Message: fmt.Sprintf("LeaveManyOptions.Concurrency is %d: pass a positive number, or 0 for the default (%d)", concurrency, defaultLeaveConcurrency)}
	}
	if concurrency == 0 {
		concurrency = defaultLeaveConcurrency
	}
	results := make([]LeaveResult, len(identifiers))
	indexes := make(chan int)
	var progress sync.Mutex
	done := 0
	var workers sync.WaitGroup
	for worker := 0; worker < concurrency && worker < len(identifiers); worker++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for index := range indexes {
				group, err := g.Leave(ctx, instance, LeaveParams{Identifier: identifiers[index]}, options.CallOptions...)
				results[index] = LeaveResult{Identifier: identifiers[index], Group: group, Err: err}
				progress.Lock()
				done++
				if options.OnProgress != nil {
					options.OnProgress(LeaveProgress{Done: done, Total: len(identifiers), Result: results[index]})
				}
				progress.Unlock()
			}
		}()
	}
	next := 0
feed:
	for ; next < len(identifiers); next++ {
		select {
		case indexes <- next:
		case <-ctx.Done():
			break feed
		}
	}
	close(indexes)
	workers.Wait()
	if next == len(identifiers) {
		return results, nil
	}
	canceled := &CanceledError{Err: ctx.Err()}
	for index := next; index < len(identifiers); index++ {
		results[index] = LeaveResult{Identifier: identifiers[index], Err: canceled}
	}
	return results, canceled
}
