// The README's Vue 3 recipe, as a real app: the page loads embed.js with a script tag;
// a component renders <backend-ready>, sets its attributes from reactive state, listens
// to its events through a template ref, and is unmounted on a route change.
import { createApp, defineComponent, h, onBeforeUnmount, onMounted, ref } from "vue";
import type { BackendReadyElement, BackendReadyEventMap, BackendReadyTheme } from "backend-ready";
import type {} from "backend-ready/vue";

const received: string[] = [];
(window as unknown as { recipeEvents: string[] }).recipeEvents = received;

const Quiz = defineComponent({
  props: { theme: { type: String as () => BackendReadyTheme, required: true } },
  setup(props) {
    const widget = ref<BackendReadyElement | null>(null);
    const onMounted_ = (event: BackendReadyEventMap["backend-ready:mounted"]) =>
      received.push(`mounted:${event.detail.mode}:${event.detail.version}`);
    const onStarted = () => received.push("quiz-started");
    onMounted(() => {
      widget.value?.addEventListener("backend-ready:mounted", onMounted_);
      widget.value?.addEventListener("backend-ready:quiz-started", onStarted);
    });
    onBeforeUnmount(() => {
      widget.value?.removeEventListener("backend-ready:mounted", onMounted_);
      widget.value?.removeEventListener("backend-ready:quiz-started", onStarted);
    });
    return () => h("backend-ready", { ref: widget, mode: "quiz", theme: props.theme, "storage-key": "vue-recipe" });
  },
});

const App = defineComponent({
  setup() {
    const route = ref<"quiz" | "home">("quiz");
    const theme = ref<BackendReadyTheme>("light");
    return () => [
      h("nav", [
        h("button", { type: "button", onClick: () => (route.value = "home") }, "Home"),
        h("button", { type: "button", onClick: () => (route.value = "quiz") }, "Quiz"),
        h(
          "button",
          { type: "button", onClick: () => (theme.value = theme.value === "light" ? "dark" : "light") },
          "Switch theme",
        ),
      ]),
      h("main", route.value === "quiz" ? h(Quiz, { theme: theme.value }) : h("h1", "Home")),
    ];
  },
});

createApp(App).mount("#app");
