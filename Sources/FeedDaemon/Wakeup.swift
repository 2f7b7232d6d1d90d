/// A sleep that can be cut short: the daemon sleeps until the next feed is due, and a reload
/// (or shutdown) wakes it at once. A wake-up that comes while nobody sleeps is kept for the next sleep.
actor Wakeup {
    private var sleeper: CheckedContinuation<Void, Never>?
    private var pending = false

    func sleep(for duration: Duration) async {
        if pending {
            pending = false
            return
        }
        let timer = Task {
            do {
                try await Task.sleep(for: duration)
                self.ring()
            } catch {}
        }
        await withCheckedContinuation { sleeper = $0 }
        timer.cancel()
    }

    func ring() {
        if let sleeper {
            self.sleeper = nil
            sleeper.resume()
        } else {
            pending = true
        }
    }
}
