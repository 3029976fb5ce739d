// logger_embed builds a small leveled logger from embedded structs: the
// promoted methods of an embedded *Logger, an embedded interface, and
// shadowing of promoted fields and methods.
package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Sink interface {
	Write(line string)
}

type memSink struct {
	lines []string
}

func (m *memSink) Write(line string) { m.lines = append(m.lines, line) }

type Logger struct {
	Sink
	prefix string
	min    Level
	count  map[Level]int
}

func NewLogger(s Sink, prefix string, min Level) *Logger {
	return &Logger{Sink: s, prefix: prefix, min: min, count: map[Level]int{}}
}

func (l *Logger) Log(lv Level, format string, args ...interface{}) {
	if lv < l.min {
		return
	}
	l.count[lv]++
	l.Write(fmt.Sprintf("%-5v %s%s", lv, l.prefix, fmt.Sprintf(format, args...)))
}

func (l *Logger) Infof(format string, args ...interface{})  { l.Log(Info, format, args...) }
func (l *Logger) Errorf(format string, args ...interface{}) { l.Log(Error, format, args...) }

type Server struct {
	*Logger
	Name     string
	requests int
}

func (s *Server) Handle(path string) {
	s.requests++
	s.Log(Debug, "handling %s", path)
	if strings.HasPrefix(path, "/admin") {
		s.Errorf("forbidden: %s (request #%d)", path, s.requests)
		return
	}
	s.Infof("200 %s", path)
}

type AuditServer struct {
	Server
	prefix string // shadows Logger.prefix
}

// Infof shadows the promoted Logger.Infof.
func (a *AuditServer) Infof(format string, args ...interface{}) {
	a.Logger.Infof("[audit:"+a.prefix+"] "+format, args...)
}

func main() {
	sink := &memSink{}
	srv := &Server{Logger: NewLogger(sink, "web: ", Info), Name: "front"}
	for _, p := range []string{"/", "/about", "/admin/users", "/login"} {
		srv.Handle(p)
	}
	srv.Log(Warn, "slow request took %dms", 1200)
	srv.Log(Level(7), "odd level")

	audit := &AuditServer{Server{NewLogger(sink, "api: ", Debug), "back", 0}, "A1"}
	audit.Handle("/v1/items")
	audit.Infof("user %q logged in", "ann")
	audit.Server.Infof("direct %v", true)
	fmt.Println("audit prefix:", audit.prefix, "logger prefix:", audit.Logger.prefix, "via promotion:", audit.Server.prefix)

	for i, line := range sink.lines {
		fmt.Printf("%02d %s\n", i, line)
	}
	fmt.Println("front counts:", srv.count)
	fmt.Println("back counts:", audit.count, "requests:", audit.requests)
	var s Sink = srv
	s.Write("raw line via promoted interface method")
	fmt.Println(len(sink.lines), sink.lines[len(sink.lines)-1])
}
