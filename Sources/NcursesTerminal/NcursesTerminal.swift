import CNCursesW
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import ScreenKit

/// The one place that talks to ncurses: starts and restores the terminal, copies a `Screen` onto it
/// (only the cells that changed), and reads keys, mouse events and resizes.
public final class NcursesTerminal: Terminal {
    /// Why the reader cannot start here, as one line for the user.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Screen?
    private var pairs: [Int: Int16] = [:]
    private let colorful: Bool
    private var stopped = false

    /// Whether the terminal can show colours (false on monochrome terminals).
    public var hasColors: Bool { colorful }

    /// Takes over the terminal; throws when stdin/stdout is not a terminal or TERM cannot address the cursor.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw Unavailable(description: "the reader needs a terminal on stdin and stdout")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw Unavailable(description: "the reader needs a terminal that can move the cursor (TERM is \(term.isEmpty ? "unset" : "dumb"))")
        }
        // Only the character type: ncursesw needs it to write UTF-8; the other categories are a dozen
        // more locale files to open at every start, and nothing here formats numbers or dates through C.
        if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        SignalTrap.install()
        guard let screen = newterm(nil, tract_stdout(), tract_stdin()) else {
            throw Unavailable(description: "the terminal type '\(term)' is unknown to ncurses")
        }
        set_term(screen)
        if tigetstr("cup") == nil || Int(bitPattern: tigetstr("cup")) == -1 {
            endwin()
            delscreen(screen)
            throw Unavailable(description: "the terminal type '\(term)' cannot move the cursor")
        }
        screenPointer = screen
        window = tract_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        colorful = has_colors()
        if colorful {
            start_color()
            use_default_colors()
        }
        mousemask(tract_mouse_mask(), nil)
        mouseinterval(0)
        SignalTrap.restoreOnCrash = { endwin() }
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public var shouldStop: Bool {
        if SignalTrap.stopRequested { return true }
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    public func draw(_ screen: Screen) {
        let (full, runs) = screen.changes(since: previous)
        if full { werase(window) }
        for run in runs {
            apply(run.style)
            wmove(window, Int32(run.y), Int32(run.x))
            waddnstr(window, run.text, -1)
        }
        wrefresh(window)
        previous = screen
    }

    public func typedAhead() -> InputEvent? { nextEvent(timeoutMilliseconds: 0) }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        if character == 27 {
            // What follows an Esc was sent with it: read without waiting.
            wtimeout(window, 0)
            let key = KeyDecoder.afterEscape({
                var next: wint_t = 0
                return wget_wch(self.window, &next) == OK ? UInt32(next) : nil
            }, unread: { _ = unget_wch(wchar_t($0)) })
            return key.map { InputEvent.key($0) }
        }
        return KeyDecoder.key(forCodePoint: UInt32(character)).map { InputEvent.key($0) }
    }

    /// Gives the terminal back: called on every exit path.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        SignalTrap.restoreOnCrash = nil
        endwin()
        delscreen(screenPointer)
    }

    deinit { stop() }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            previous = nil
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            let kind: MouseEvent.Kind
            if state & tract_wheel_up() != 0 { kind = .wheelUp }
            else if state & tract_wheel_down() != 0 { kind = .wheelDown }
            else if state & tract_button1() != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
        default:
            return KeyDecoder.key(forFunctionKey: code).map { InputEvent.key($0) }
        }
    }

    private func apply(_ style: Style) {
        var attributes: attr_t = 0
        if style.bold { attributes |= tract_a_bold() }
        if style.underline { attributes |= tract_a_underline() }
        if style.reverse { attributes |= tract_a_reverse() }
        if style.dim { attributes |= tract_a_dim() }
        wattr_set(window, attributes, colorful ? pair(for: style) : 0, nil)
    }

    /// A colour pair for the style's colours, made on first use (8-colour terminals have few pairs).
    private func pair(for style: Style) -> Int16 {
        let key = KeyDecoder.colorIndex(style.foreground) * 16 + KeyDecoder.colorIndex(style.background)
        if style.foreground == .default && style.background == .default { return 0 }
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int(number) < tract_color_pairs() else { return 0 }
        init_pair(number, Int16(KeyDecoder.colorNumber(style.foreground)), Int16(KeyDecoder.colorNumber(style.background)))
        pairs[key] = number
        return number
    }
}
