#!/usr/bin/env python3
"""run.py - the REPL's tests (issue 6): scripted sessions typed into gosub
through a real pseudo-terminal.

usage: python3 tests/repl/run.py [GOSUB]      (default build/gosub)

Each tests/repl/*.session file is one check: lines starting with ">>> "
or "... " are typed (the driver waits for the next prompt after each),
every other line is the output expected before that prompt (stdout and
stderr as the terminal shows them, escapes removed), "#" lines are
comments. The checks written below in Python drive what a transcript
cannot: history recall with the up arrow, Ctrl-C out of `for {}` and at
the prompt, TAB completion, Ctrl-D, piped standard input.

Every check prints PASS or FAIL; the last line is "N passed, M failed";
the exit status is 0 iff nothing failed. Every wait has a timeout, so a
hang fails instead of blocking. Only the Python standard library is used.
"""
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GOSUB = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/gosub")
TIMEOUT = float(os.environ.get("REPL_TIMEOUT", "10"))
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x07")
PROMPTS = (">>> ", "... ")


def clean(data):
    """The text a terminal shows for data, roughly: escapes dropped, CR LF as LF."""
    text = ESCAPES.sub(b"", data).decode("utf-8", "replace")
    return text.replace("\r\n", "\n").replace("\r", "")


class Session:
    """gosub (no program) on a pseudo-terminal, with HOME in a fresh directory."""

    def __init__(self, home, args=()):
        self.home = home
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            os.environ.pop("EDITRC", None)
            try:
                os.execv(GOSUB, [GOSUB] + list(args))
            finally:
                os._exit(127)
        self.raw = b""

    def read_until(self, pred, timeout=TIMEOUT):
        """Reads until pred(clean(output so far)) holds; returns that text or None on timeout/EOF."""
        end = time.time() + timeout
        while True:
            text = clean(self.raw)
            if pred(text):
                return text
            left = end - time.time()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.1))
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    return pred(clean(self.raw)) and clean(self.raw) or None
                self.raw += chunk

    def wait_prompt(self, timeout=TIMEOUT):
        return self.read_until(lambda t: t.endswith(PROMPTS), timeout)

    def wait_editing(self, timeout=TIMEOUT):
        """Waits until libedit has the terminal (ICANON off): keys typed
        earlier would be echoed twice, by the terminal and by libedit."""
        end = time.time() + timeout
        while time.time() < end:
            try:
                if not termios.tcgetattr(self.fd)[3] & termios.ICANON:
                    return True
            except termios.error:
                return False
            time.sleep(0.01)
        return False

    def send(self, data, editing=True):
        if editing:
            self.wait_editing()
        self.raw = b""
        os.write(self.fd, data if isinstance(data, bytes) else data.encode())

    def line(self, text):
        """Types text and Enter; returns what was printed before the next prompt (echo removed)."""
        self.send(text + "\r")
        out = self.wait_prompt()
        if out is None:
            return None
        out = out[:-4]
        nl = out.find("\n")
        return out[nl + 1:] if nl >= 0 else ""

    def exit_status(self, timeout=TIMEOUT):
        """Waits for the process to end (reading its output); its exit status or None."""
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                return os.waitstatus_to_exitcode(status)
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    self.raw += os.read(self.fd, 65536)
                except OSError:
                    pass
        return None

    def close(self):
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = 0
        os.close(self.fd)


class Runner:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS " + name)
        else:
            self.failed += 1
            print("FAIL " + name)
            for l in detail.rstrip("\n").split("\n"):
                print("    " + l)

    def run(self, name, fn):
        home = tempfile.mkdtemp(prefix="gosub-repl.")
        s = None
        try:
            s = Session(home)
            if s.wait_prompt() is None:
                self.report(name, False, "no first prompt; got:\n" + clean(s.raw))
                return
            ok, detail = fn(s, home)
            self.report(name, ok, detail)
        except Exception as e:  # a driver problem is a failure, not a crash
            self.report(name, False, "exception: %r" % (e,))
        finally:
            if s:
                s.close()
            shutil.rmtree(home, ignore_errors=True)


def parse_session(path):
    """[(input line, expected output lines)] of a .session file."""
    steps = []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("#"):
            continue
        if raw.startswith(PROMPTS):
            steps.append((raw[4:], []))
        elif steps:
            steps[-1][1].append(raw)
    # trailing empty lines of the file are not expected output
    if steps:
        while steps[-1][1] and steps[-1][1][-1] == "":
            steps[-1][1].pop()
    return steps


def transcript_check(path):
    def check(s, home):
        for text, want in parse_session(path):
            got = s.line(text)
            if got is None:
                return False, "typing %r: no prompt came back; screen:\n%s" % (text, clean(s.raw))
            want_text = "".join(l + "\n" for l in want)
            if got != want_text:
                return False, "after %r\nwant:\n%sgot:\n%sraw: %r" % (text, want_text or "(nothing)\n",
                                                                   got or "(nothing)\n", s.raw)
        return True, ""
    return check


# ---- checks a transcript cannot express ---------------------------------------------

def check_history(s, home):
    if s.line("x := 6 * 7") != "" or s.line("x + 1") != "43\n" or s.line("x = 1") != "":
        return False, "setup failed: " + clean(s.raw)
    s.send("\x1b[A\x1b[A\r")            # up, up: "x + 1" again
    out = s.wait_prompt()
    if out is None or not out.endswith("2\n>>> "):
        return False, "up arrow twice then Enter should rerun x + 1 (= 2); screen:\n%s" % out
    s.send("\x04")
    if s.exit_status() != 0:
        return False, "Ctrl-D should end the session with status 0"
    hist = os.path.join(home, ".gosub_history")
    if not os.path.exists(hist) or "x := 6 * 7" not in open(hist, errors="replace").read().replace("\\040", " "):
        return False, "~/.gosub_history should hold the typed lines"
    return True, ""


def check_ctrl_c_loop(s, home):
    if s.line("n := 5") != "":
        return False, "setup failed"
    s.send("for {}\r")
    time.sleep(0.5)
    if s.wait_prompt(0.3) is not None:
        return False, "for {} returned by itself"
    s.send(b"\x03", editing=False)
    out = s.wait_prompt()
    if out is None or "interrupted" not in out:
        return False, "Ctrl-C should interrupt for {}; screen:\n%s" % clean(s.raw)
    got = s.line("n * 2")
    if got != "10\n":
        return False, "after the interrupt, n * 2 gave %r" % got
    s.send("i := 0\r")
    s.wait_prompt()
    s.send("for { i++ }\r")
    time.sleep(0.3)
    s.send(b"\x03", editing=False)
    if s.wait_prompt() is None:
        return False, "Ctrl-C should interrupt for { i++ } too"
    got = s.line("i > 0")
    return got == "true\n", "the loop's progress should be kept: i > 0 gave %r" % got


def check_ctrl_c_prompt(s, home):
    s.send("this is not go")
    s.send(b"\x03")
    out = s.wait_prompt()
    if out is None or "^C" not in out:
        return False, "Ctrl-C at the prompt should give a fresh prompt"
    s.send("func f() {\r")
    if s.wait_prompt() is None or not clean(s.raw).endswith("... "):
        return False, "expected a continuation prompt"
    s.send(b"\x03")
    out = s.wait_prompt()
    if out is None or not out.endswith(">>> "):
        return False, "Ctrl-C in a continuation should give a fresh prompt; screen:\n%s" % clean(s.raw)
    got = s.line("1 + 1")
    return got == "2\n", "after Ctrl-C the discarded text must not count: 1 + 1 gave %r" % got


def check_completion(s, home):
    s.send("strings.Sp\t")
    if s.read_until(lambda t: t.endswith("strings.Split"), 5) is None:
        return False, "strings.Sp<TAB> should complete to strings.Split; screen:\n%s" % clean(s.raw)
    s.send("\t")
    out = s.read_until(lambda t: "strings.SplitN" in t and t.endswith(">>> strings.Split"), 5)
    if out is None or "strings.SplitAfter" not in out:
        return False, "a second TAB should list SplitAfter, SplitN...; screen:\n%s" % clean(s.raw)
    s.send('("a,b,c", ",")\r')
    out = s.wait_prompt()
    if out is None or not out.endswith("[a b c]\n>>> "):
        return False, "the completed call should run; screen:\n%s" % out
    if s.line("answerToEverything := 42") != "":
        return False, "declaration failed"
    s.send("answerTo\t")
    if s.read_until(lambda t: t.endswith("answerToEverything"), 5) is None:
        return False, "declared names should complete; screen:\n%s" % clean(s.raw)
    out = s.line("")
    if out != "42\n":
        return False, "answerToEverything gave %r" % out
    s.send("fmt.Prin\t")
    out = s.read_until(lambda t: t.endswith("fmt.Print"), 5)
    s.send("\x03")
    s.wait_prompt()
    return out is not None, "fmt.Prin<TAB> should complete to fmt.Print; screen:\n%s" % clean(s.raw)


def check_quit(s, home):
    s.send(":quit\r")
    st = s.exit_status()
    return st == 0, ":quit should end with status 0, got %r" % st


def check_ctrl_d_continuation(s, home):
    s.send("x := 1\r")
    s.wait_prompt()
    s.send("\x04")
    st = s.exit_status()
    return st == 0, "Ctrl-D should end with status 0, got %r" % st


def piped_checks(r):
    prog = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("piped program ran") }\n'
    p = subprocess.run([GOSUB], input=prog.encode(), capture_output=True, timeout=TIMEOUT)
    r.report("piped stdin without a program runs it as a file",
             p.returncode == 0 and p.stdout == b"piped program ran\n",
             "status %d, stdout %r, stderr %r" % (p.returncode, p.stdout, p.stderr))
    lines = 'm := map[string]int{"a": 1}\nm["b"] = 2\nm\nlen(m)\nundefined1\nm["a"]\n'
    p = subprocess.run([GOSUB, "repl"], input=lines.encode(), capture_output=True, timeout=TIMEOUT)
    r.report("gosub repl reads plain lines from a pipe",
             p.returncode == 0 and p.stdout == b"map[a:1 b:2]\n2\n1\n" and
             p.stderr == b"<repl>:5:1: undefined: undefined1\n",
             "status %d, stdout %r, stderr %r" % (p.returncode, p.stdout, p.stderr))


def overflow_check(r):
    lines = 'func f(n int) int { return f(n+1) + 1 }\nf(0)\nx := 41\nx + 1\n'
    p = subprocess.run([GOSUB, "repl"], input=lines.encode(), capture_output=True, timeout=TIMEOUT)
    r.report("runaway recursion reports a stack overflow and the session goes on",
             p.returncode == 0 and p.stdout == b"42\n" and b"fatal error: stack overflow\n" in p.stderr,
             "status %d, stdout %r, stderr %r" % (p.returncode, p.stdout, p.stderr[-300:]))


def survive_checks(r):
    # issue 10: nothing a program does ends the session but os.Exit
    lines = ('x := 5\nch := make(chan int)\nch <- 1\nfmt.Println("after deadlock", x)\n'
             'go func() { panic("boom") }()\ntime.Sleep(10 * time.Millisecond)\nfmt.Println("after goroutine panic", x)\n'
             'var s [][]byte\nfor { s = append(s, make([]byte, 1<<24)) }\ns = nil\nfmt.Println("after out of memory", x)\n'
             'var mu sync.Mutex\nmu.Lock()\nmu.Lock()\nfmt.Println("after mutex deadlock", x)\n'
             'select {}\nfmt.Println("after select", x)\nos.Exit(3)\nfmt.Println("not reached")\n')
    env = dict(os.environ, GOSUBDEBUG="maxheap=256")
    p = subprocess.run([GOSUB, "repl"], input=lines.encode(), capture_output=True, timeout=60, env=env)
    want = (b"after deadlock 5\nafter goroutine panic 5\nafter out of memory 5\nafter mutex deadlock 5\n"
            b"after select 5\n")
    err = p.stderr
    r.report("deadlock, goroutine panic, out of memory: reported, the session goes on; os.Exit(3) ends it",
             p.returncode == 3 and p.stdout == want and err.count(b"all goroutines are asleep - deadlock!") == 3 and
             b"panic: boom" in err and b"fatal error: runtime: out of memory" in err,
             "status %d, stdout %r, stderr %r" % (p.returncode, p.stdout, err[-400:]))


def deadlock_drop_check(r):
    # issue 10: a deadlock drops every goroutine it left blocked (channel,
    # nil channel, select, mutex waits): they are not counted, not listed
    # in the next deadlock's report, and their stacks are reused
    lines = ('ch := make(chan int)\nfor i := 0; i < 3; i++ { go func() { ch <- 1 }() }\nselect {}\n'
             'runtime.NumGoroutine()\n'
             'var mu sync.Mutex\nmu.Lock()\ngo func() { mu.Lock() }()\nmu.Lock()\nruntime.NumGoroutine()\n'
             'go func() { select {} }()\ngo func() { var c chan int; c <- 1 }()\n'
             'go func() { s := make(chan int); select { case <-s: case ch <- 2: } }()\n<-make(chan bool)\n'
             'runtime.NumGoroutine()\nfor i := 0; i < 2000; i++ { go func() { <-ch }() }\nselect {}\n'
             'runtime.NumGoroutine()\nch2 := make(chan int)\n<-ch2\n')
    p = subprocess.run([GOSUB, "repl"], input=lines.encode(), capture_output=True, timeout=60)
    err = p.stderr
    reports = err.split(b"fatal error: all goroutines are asleep - deadlock!")
    r.report("a deadlock at the REPL drops the goroutines it left blocked",
             p.returncode == 0 and p.stdout == b"1\n1\n1\n1\n" and len(reports) == 6 and
             reports[5].count(b"\ngoroutine ") == 1 and b"goroutine 18 " not in reports[2],
             "status %d, stdout %r, stderr %r" % (p.returncode, p.stdout, err[-400:]))


def main():
    if not os.access(GOSUB, os.X_OK):
        print("FAIL %s not found or not executable" % GOSUB)
        print("0 passed, 1 failed")
        return 1
    r = Runner()
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".session"):
            r.run("session " + name, transcript_check(os.path.join(HERE, name)))
    r.run("history: up arrow recalls, ~/.gosub_history kept", check_history)
    r.run("Ctrl-C interrupts for {} and the session goes on", check_ctrl_c_loop)
    r.run("Ctrl-C at the prompt clears the line", check_ctrl_c_prompt)
    r.run("TAB completes strings.Sp, declared names", check_completion)
    r.run(":quit ends the session", check_quit)
    r.run("Ctrl-D ends the session", check_ctrl_d_continuation)
    piped_checks(r)
    overflow_check(r)
    survive_checks(r)
    deadlock_drop_check(r)
    print("%d passed, %d failed" % (r.passed, r.failed))
    return 0 if r.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
