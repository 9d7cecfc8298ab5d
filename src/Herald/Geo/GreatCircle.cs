namespace Herald.Geo;

/// <summary>Distances on the Earth, taken as a sphere of the mean radius.</summary>
public static class GreatCircle
{
    private const double EarthRadiusKilometres = 6371.0088;

    /// <summary>The great-circle (haversine) distance in km between two points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
