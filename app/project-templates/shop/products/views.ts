import { HttpRequest, JsonResponse, render } from "mvt";
import { Product } from "./models";

export function product_list(request: HttpRequest) {
  const products = Product.objects.select_related("category");
  return render(request, "products/list.html", { products });
}

/** The same products as JSON: the preview pretty-prints it. */
export function product_api(request: HttpRequest) {
  const products = [...Product.objects.select_related("category")].map((product) => ({
    id: product.pk,
    name: product.name,
    category: product.category.name,
    price: product.price,
    in_stock: product.in_stock,
  }));
  return new JsonResponse({ url: request.path, products });
}
