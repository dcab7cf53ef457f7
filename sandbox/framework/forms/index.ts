/** Forms, as in Django's django.forms: `import { forms } from "mvt"`. */
export { Form, BoundField, pretty_name, type FormOptions, type FormData } from "./forms";
export { Field, CharField, TextField, EmailField, URLField, SlugField, BooleanField, ChoiceField, TypedChoiceField, MultipleChoiceField, type FieldOptions, type CharFieldOptions } from "./fields";
export { IntegerField, FloatField, DecimalField, type NumberFieldOptions } from "./fields_numeric";
export { DateField, DateTimeField, TimeField } from "./fields_temporal";
export { FileField, type FileLike } from "./fields_files";
export { ModelChoiceField, ModelMultipleChoiceField, type ModelChoiceFieldOptions } from "./model_choice";
export { ModelForm, modelform_factory, fields_for_model, model_to_dict, type ModelFormMeta, type ModelFormOptions } from "./models";
export { BaseFormSet, ManagementForm, formset_factory, type FormSetOptions, type FormSetFactoryOptions } from "./formsets";
export { BaseModelFormSet, BaseInlineFormSet, modelformset_factory, inlineformset_factory, type ModelFormSetOptions } from "./model_formsets";
export { Widget, Input, TextInput, NumberInput, EmailInput, URLInput, DateInput, DateTimeInput, TimeInput, PasswordInput, HiddenInput, FileInput, ClearableFileInput, FILE_INPUT_CONTRADICTION, Textarea, CheckboxInput, Select, SelectMultiple } from "./widgets";
export { ErrorList, ErrorDict, errorList, flatatt, type ErrorData } from "./utils";
