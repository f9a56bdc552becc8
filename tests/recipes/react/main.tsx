// The README's React 19 recipe, as a real app: the page loads embed.js with a script
// tag; a component renders <backend-ready>, sets its attributes from state, listens to
// its events through a ref, and is unmounted on a route change.
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { BackendReadyElement, BackendReadyEventMap } from "backend-ready";
import type {} from "backend-ready/react";

// What the end-to-end test reads: the events this app received.
const received: string[] = [];
(window as unknown as { recipeEvents: string[] }).recipeEvents = received;

function Quiz({ theme }: { theme: "light" | "dark" }) {
  const widget = useRef<BackendReadyElement>(null);
  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    const onMounted = (event: BackendReadyEventMap["backend-ready:mounted"]) =>
      received.push(`mounted:${event.detail.mode}:${event.detail.version}`);
    const onStarted = () => received.push("quiz-started");
    element.addEventListener("backend-ready:mounted", onMounted);
    element.addEventListener("backend-ready:quiz-started", onStarted);
    return () => {
      element.removeEventListener("backend-ready:mounted", onMounted);
      element.removeEventListener("backend-ready:quiz-started", onStarted);
    };
  }, []);
  return <backend-ready ref={widget} mode="quiz" theme={theme} storage-key="react-recipe" />;
}

function App() {
  const [route, setRoute] = useState<"quiz" | "home">("quiz");
  const [theme, setTheme] = useState<"light" | "dark">("light");
  return (
    <>
      <nav>
        <button type="button" onClick={() => setRoute("home")}>Home</button>
        <button type="button" onClick={() => setRoute("quiz")}>Quiz</button>
        <button type="button" onClick={() => setTheme(theme === "light" ? "dark" : "light")}>
          Switch theme
        </button>
      </nav>
      <main>{route === "quiz" ? <Quiz theme={theme} /> : <h1>Home</h1>}</main>
    </>
  );
}

createRoot(document.getElementById("app")!).render(<App />);
