package ryzeapi

import (
	"context"
	"time"
)

// clock is where the client reads the time and waits; tests replace it to run retries and pacing
// without real waiting.
type clock interface {
	Now() time.Time
	// SleepUntil waits until t, or returns ctx's error as soon as ctx ends; it leaves no timer
	// behind. (A time rather than a duration: concurrent waits for one reset end together.)
	SleepUntil(ctx context.Context, t time.Time) error
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func (systemClock) SleepUntil(ctx context.Context, t time.Time) error {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
