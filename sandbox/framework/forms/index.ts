/** Forms, as in Django's django.forms: `import { forms } from "mvt"`. */
export { Form, BoundField, pretty_name, type FormOptions, type FormData } from "./forms";
export { Field, CharField, TextField, IntegerField, FloatField, EmailField, URLField, SlugField, BooleanField, ChoiceField, MultipleChoiceField, DateField, type FieldOptions, type CharFieldOptions } from "./fields";
export { Widget, Input, TextInput, NumberInput, EmailInput, URLInput, DateInput, DateTimeInput, PasswordInput, HiddenInput, Textarea, CheckboxInput, Select, SelectMultiple } from "./widgets";
export { ErrorList, ErrorDict, errorList, flatatt } from "./utils";
