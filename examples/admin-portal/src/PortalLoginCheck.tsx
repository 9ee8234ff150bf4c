import { useId, useState, type FormEvent } from "react";

type Outcome = { status: "idle" } | { status: "checking" } | { status: "done"; isLoggedIn: boolean; email: string } | { status: "error"; message: string };

/**
 * The customer's side, to see an admin action take effect: tries `POST /api/portal/login`
 * as the help center would. The password field is emptied after every try.
 */
export function PortalLoginCheck() {
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome({ status: "checking" });
    try {
      const response = await fetch("/api/portal/login", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) setOutcome({ status: "done", isLoggedIn: response.ok, email });
      else setOutcome({ status: "error", message: response.status === 429 ? "Too many failed log-ins; wait a minute." : `The server answered ${response.status}.` });
    } catch {
      setOutcome({ status: "error", message: "The server does not answer." });
    } finally {
      setPassword("");
    }
  }

  return (
    <section className="demo-login" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="demo-login__title">Customer's side: try a portal log-in</h2>
      <p className="demo-login__hint">
        After changing a password, revoking or granting access, check what the customer experiences. Demo accounts are
        listed in the README.
      </p>
      <form className="demo-login__form" onSubmit={submit}>
        <label htmlFor={`${id}-email`}>Customer email</label>
        <input id={`${id}-email`} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor={`${id}-password`}>Customer password</label>
        <input id={`${id}-password`} type="password" autoComplete="off" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="demo-button" disabled={outcome.status === "checking"}>Try log-in</button>
      </form>
      <p className="demo-login__result" role="status" data-state={outcome.status === "done" ? (outcome.isLoggedIn ? "success" : "refused") : outcome.status}>
        {outcome.status === "done" && (outcome.isLoggedIn ? `${outcome.email} logged in.` : `${outcome.email} was refused (wrong password, revoked, migrated or deleted).`)}
        {outcome.status === "error" && outcome.message}
      </p>
    </section>
  );
}
