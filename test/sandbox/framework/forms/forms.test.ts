import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../../sandbox/framework/core/exceptions";
import * as forms from "../../../../sandbox/framework/forms";
import { JsonResponse } from "../../../../sandbox/framework/http";
import { Engine } from "../../../../sandbox/framework/template";

class ContactForm extends forms.Form {
  static override fields = {
    subject: new forms.CharField({ max_length: 10 }),
    email: new forms.EmailField({ required: false, help_text: "We reply here" }),
    age: new forms.IntegerField(),
    topic: new forms.ChoiceField({ choices: [["a", "Alpha"], ["b", "Beta"]] }),
  };

  clean_subject(): unknown {
    const subject = String(this.cleaned_data["subject"]);
    if (subject.includes("spam")) throw new ValidationError("No spam.");
    return subject.toUpperCase();
  }

  override clean(): Record<string, unknown> {
    if (this.cleaned_data["age"] === 0) this.add_error(null, "Age zero is odd.");
    return this.cleaned_data;
  }
}

describe("Form", () => {
  it("cleans valid data, running clean_<field> and clean()", () => {
    const form = new ContactForm({ data: { subject: " hi ", email: "", age: "42", topic: "b" } });
    expect(form.is_valid()).toBe(true);
    expect(form.cleaned_data).toEqual({ subject: "HI", email: "", age: 42, topic: "b" });
  });

  it("collects Django's messages per field and for the form", () => {
    const form = new ContactForm({ data: { subject: "spam spam spam", email: "nope", age: "x", topic: "z" } });
    expect(form.is_valid()).toBe(false);
    expect(form.errors.as_data()).toEqual({
      subject: ["Ensure this value has at most 10 characters (it has 14)."],
      email: ["Enter a valid email address."],
      age: ["Enter a whole number."],
      topic: ["Select a valid choice. z is not one of the available choices."],
    });
    const zero = new ContactForm({ data: { subject: "s", age: "0", topic: "a" } });
    expect(zero.non_field_errors().toString()).toBe('<ul class="errorlist nonfield"><li>Age zero is odd.</li></ul>');
    expect(zero.cleaned_data["age"]).toBe(0);
  });

  it("sends its errors as JSON as Django's ErrorDict does (a dict of lists of messages)", () => {
    const form = new ContactForm({ data: { subject: "s", age: "0", topic: "" } });
    expect(new JsonResponse({ errors: form.errors }).content).toBe('{"errors": {"topic": ["This field is required."], "__all__": ["Age zero is odd."]}}');
    expect(JSON.parse(JSON.stringify(form.errors))).toEqual({ topic: ["This field is required."], __all__: ["Age zero is odd."] });
    expect(form.errors.as_json()).toBe('{"topic": [{"message": "This field is required.", "code": "required"}], "__all__": [{"message": "Age zero is odd.", "code": ""}]}');
    expect(form.errors.get("topic")?.as_json()).toBe('[{"message": "This field is required.", "code": "required"}]');
  });

  it("is unbound without data, and renders as Django does", () => {
    const form = new ContactForm({ initial: { subject: "Hello" } });
    expect(form.is_valid()).toBe(false);
    expect(form.errors.size).toBe(0);
    expect(form.get("subject").toString()).toBe('<input type="text" name="subject" value="Hello" maxlength="10" required id="id_subject">');
    expect(form.get("email").label_tag().toString()).toBe('<label for="id_email">Email:</label>');
    expect(form.as_p().toString().split("\n")[1]).toBe('<p><label for="id_email">Email:</label> <input type="email" name="email" maxlength="320" id="id_email"> <span class="helptext">We reply here</span></p>');
  });

  it("renders errors before the field and in templates via {{ form.field }}", () => {
    const form = new ContactForm({ data: { subject: "", age: "1", topic: "a" } });
    expect(form.as_p().toString().split("\n").slice(0, 2)).toEqual([
      '<ul class="errorlist"><li>This field is required.</li></ul>',
      '<p><label for="id_subject">Subject:</label> <input type="text" name="subject" maxlength="10" required id="id_subject"></p>',
    ]);
    const html = new Engine().from_string("{{ form.subject.errors }}{{ form.age }}{{ form.subject.label }}").render({ form });
    expect(html).toBe('<ul class="errorlist"><li>This field is required.</li></ul><input type="number" name="age" value="1" required id="id_age">Subject');
  });
});
