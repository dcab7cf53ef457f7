import { useShortcuts } from "./actions/useShortcuts";
import { HomeScreen } from "./components/Home/HomeScreen";
import { LessonScreen } from "./components/Lesson/LessonScreen";
import { useApp } from "./store";

/** The screen for the current route. */
export function App() {
  useShortcuts();
  const screen = useApp((state) => state.route.screen);
  return screen === "lesson" ? <LessonScreen /> : <HomeScreen />;
}
