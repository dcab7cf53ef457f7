/** Class-based views, as in Django's django.views.generic. */
export { View, TemplateView, RedirectView, type Handler, type ViewFunction } from "./base";
export { ListView } from "./list";
export { DetailView, SingleObjectView } from "./detail";
export { FormView, CreateView, UpdateView, DeleteView } from "./edit";
