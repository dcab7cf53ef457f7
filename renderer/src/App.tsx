import { useShortcuts } from "./actions/useShortcuts";
import { HomeScreen } from "./components/Home/HomeScreen";
import { LessonScreen } from "./components/Lesson/LessonScreen";
import { CommandPalette } from "./components/Palette/CommandPalette";
import { ProjectScreen } from "./components/Project/ProjectScreen";
import { useApp } from "./store";

/** The screen for the current route, and the command palette over it. */
export function App() {
  useShortcuts();
  const screen = useApp((state) => state.route.screen);
  return (
    <>
      {screen === "lesson" ? <LessonScreen /> : screen === "project" ? <ProjectScreen /> : <HomeScreen />}
      <CommandPalette />
    </>
  );
}
