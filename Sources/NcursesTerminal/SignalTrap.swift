import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Signal handling for the reader. Stop signals only set a flag the run loop polls, so it can restore
/// the terminal itself; every other signal that would end the process restores the terminal, then lets
/// the default action proceed.
public enum SignalTrap {
    nonisolated(unsafe) private static var stopSignal: Int32 = 0
    /// Called from a crash signal to put the terminal back before the process dies.
    nonisolated(unsafe) static var restoreOnCrash: (() -> Void)?
    /// Where a crash report goes (a C string made before any crash, so the handler need not allocate).
    nonisolated(unsafe) private static var crashReportPath: UnsafeMutablePointer<CChar>?
    /// The same path as the crash line shows it, made safe for the terminal by the caller.
    nonisolated(unsafe) private static var crashReportShown: UnsafeMutablePointer<CChar>?

    /// Sets the file a crash of the reader is reported to (in the data folder), the stack appended, and
    /// how the crash line names it (`shown`: the path with nothing a terminal would act on).
    public static func reportCrashes(to path: String, shown: String) {
        free(crashReportPath)
        free(crashReportShown)
        crashReportPath = strdup(path)
        crashReportShown = strdup(shown)
        tract_prepare_backtrace()
    }

    /// True once SIGINT, SIGTERM or SIGHUP arrived.
    public static var stopRequested: Bool { stopSignal != 0 }

    private static let stopSignals = [SIGINT, SIGTERM, SIGHUP]
    /// Handled by ncurses (resize) or the default action (suspend, resume).
    private static let otherSignals = [SIGWINCH, SIGTSTP, SIGCONT]
    /// Signals that mean Tract itself went wrong: these are reported.
    private static let faults = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]
    private static let crashSignals = faults + [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU]

    /// Installs the handlers; before `newterm`, so ncurses keeps its hands off SIGINT/SIGTERM.
    static func install() {
        // A process can inherit blocked signals (from test threads, or a tmux server started by one);
        // every signal handled here is unblocked, or it would wait forever in the pending set.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in stopSignals + otherSignals + crashSignals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for stop in stopSignals {
            signal(stop) { number in SignalTrap.stopSignal = number }
        }
        // Every other signal whose default action ends the process (a crash, ^\, a timer, a limit):
        // the terminal is put back first, then the default action runs, without Swift's interactive
        // backtracer taking over the screen (it would leave the process alive and the terminal raw).
        for crash in crashSignals {
            signal(crash) { number in
                SignalTrap.restoreOnCrash?()
                if SignalTrap.faults.contains(number) { tract_crash_report(SignalTrap.crashReportPath, SignalTrap.crashReportShown, number) }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
