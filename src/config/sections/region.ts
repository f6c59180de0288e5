/**
 * AWS region names, as every section of `slipway.yaml` and the ECR publish action accept
 * them: two letters, an optional `-gov`, a direction and a number (`eu-west-1`,
 * `us-gov-west-1`, `ap-southeast-2`), after the region codes of the AWS General Reference
 * ("Regions and endpoints").
 */

/** The region pattern, for JSON Schema `pattern` and {@link isAwsRegion}. */
export const AWS_REGION_PATTERN = '^[a-z]{2}(-gov)?-[a-z]+-[0-9]$'

const AWS_REGION = new RegExp(AWS_REGION_PATTERN)

/** True when `value` is an AWS region name such as `eu-west-1` (see {@link AWS_REGION_PATTERN}). */
export function isAwsRegion(value: string): boolean {
  return AWS_REGION.test(value)
}
