/** The bilingual span markup of one unit, as the tests of every layer write it into their articles. */

/** One unit: the target span, then its `sxs-lookup` with the source (whose ID may be made to differ). */
export function unit(id: string, target: string, source: string, sourceId = id): string {
  return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${sourceId}">${source}</span></span>`;
}
