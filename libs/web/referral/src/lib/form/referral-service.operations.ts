import { graphql } from '@waymark/web/core';

/** The directory service a referral goes to: its name, where, whether its organization is an agency on Waymark, and its categories (the needs it meets). */
export const referralServiceQuery = graphql(`
  query ReferralService($id: ID!) {
    directoryService(id: $id) {
      id
      name
      status
      organization {
        id
        name
        waymarkAgency {
          id
          name
        }
      }
      locations {
        id
        address {
          line1
          city
          region
          postalCode
        }
      }
      phones {
        id
        number
      }
      categories {
        code
      }
    }
  }
`);
